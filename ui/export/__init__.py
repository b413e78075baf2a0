"""File › Export: the article, outlet or session report, or the browser's selection, written off the GUI thread."""
