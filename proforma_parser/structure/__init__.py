"""Structure: a reader's blocks become clean lines (normalise), headings are recognised,
the lines are split into sections, and an input holding several records is split into
records. Imports only `wording` and the shared types."""
