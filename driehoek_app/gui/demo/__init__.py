"""Demo data from the GUI: the dialog, the worker thread with progress, the on-screen mark."""
