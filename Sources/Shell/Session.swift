import QueryEngine

/// Scaffold: the session state of the shell.
public struct Session {}
