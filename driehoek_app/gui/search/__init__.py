"""The search box of the main window and its results, grouped by kind."""
