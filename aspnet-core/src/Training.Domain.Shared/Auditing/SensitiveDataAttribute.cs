namespace Training.Auditing;

/// <summary>Marks personal data (national ID, ethnicity, phone) whose values the audit log records only as masked.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SensitiveDataAttribute : Attribute;
