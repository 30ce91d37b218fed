namespace Training.Common;

/// <summary>
/// Marks the one kind of use case that checks no permission: what anyone holding the paper may ask (a certificate's public
/// verification). Every other application-service method checks its permission on its first lines, and a test holds them to it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OpenToAnyoneAttribute : Attribute;
