namespace Training.Rosters;

/// <summary>What one write does to one field: keeps it, clears it, or sets it to <see cref="Value"/>.</summary>
/// <typeparam name="T">The field's nullable type (<c>string?</c>, <c>Gender?</c>…): a cleared field holds null.</typeparam>
public readonly record struct FieldChange<T>
{
    public FieldChangeKind Kind { get; private init; }

    public T Value { get; private init; }

    public static FieldChange<T> Keep => default;

    public static FieldChange<T> Clear => new() { Kind = FieldChangeKind.Clear };

    public static FieldChange<T> Set(T value) => new() { Kind = FieldChangeKind.Set, Value = value };

    /// <summary>A value sets, no value keeps: an import's blank cell, a field absent from a request.</summary>
    public static FieldChange<T> SetOrKeep(T value) => value is null ? Keep : Set(value);

    /// <summary>Whether it would change a field that holds <paramref name="current"/>.</summary>
    public bool Changes(T current) => Kind switch
    {
        FieldChangeKind.Set => !EqualityComparer<T>.Default.Equals(Value, current),
        FieldChangeKind.Clear => current is not null,
        _ => false,
    };

    /// <summary>The field's value after the change.</summary>
    public T Apply(T current) => Kind switch
    {
        FieldChangeKind.Set => Value,
        FieldChangeKind.Clear => default!,
        _ => current,
    };
}
