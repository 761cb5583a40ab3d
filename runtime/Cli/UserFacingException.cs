namespace PdeSym;

/// <summary>
/// An error caused by the user's input (a bad argument, a missing or corrupt file, ...). Its message names
/// the problem and the fix; the CLI prints it without a stack trace.
/// </summary>
public class UserFacingException(string message, Exception? inner = null) : Exception(message, inner);
