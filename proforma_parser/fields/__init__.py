"""Fields: each value of the contract read from the structure (header facts, council,
meeting, title, decision maker, dates, resolutions, call-in, interests), with where it
was read (provenance). Imports `structure` and `wording`, never `build`."""
