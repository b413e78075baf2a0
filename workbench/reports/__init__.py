"""Attribution reports: a plain report model built from the database, and renderers for each output format."""
