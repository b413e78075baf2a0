"""Isnad's Qt front: windows, widgets, item models, dialogs and the background task runner."""
