"""The claims browser: every claim across all articles, filtered in the database, opened in the desk."""
