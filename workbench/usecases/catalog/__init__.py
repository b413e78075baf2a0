"""Use cases of the source catalog: searching it, adding and editing entries, merging duplicates."""
