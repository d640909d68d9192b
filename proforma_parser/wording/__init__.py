"""The words of decision records as data: vocabulary, dates, list numbering, nil words,
statements made in prose, banners. The lowest stage: it imports no other."""
