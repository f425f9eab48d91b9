# What to look at, in Spanish: not translated yet (the catalogs' English is shown).
EVIDENCE = {}
