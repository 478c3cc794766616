"""Tools for checking phpcompat against real PHP (used by the tests and the matrix)."""
