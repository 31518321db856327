"""The newsparse test suite."""
