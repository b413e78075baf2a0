"""Reports in the desk: PDF rendering with Qt and the print preview."""
