using Microsoft.Extensions.Localization;

namespace Training.Quizzes;

/// <summary>Messages as their key and arguments, "Training:X(a, b)", so that a test sees what would be said without the resources.</summary>
public sealed class KeyLocalizer : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, arguments.Length == 0 ? name : $"{name}({string.Join(", ", arguments)})");

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
