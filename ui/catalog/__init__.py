"""The source catalog manager and its undoable edits."""
