namespace Training.Documents;

/// <summary>One cell as the file holds it: text (shared, inline or a formula's result) or a number (which may be an Excel date).</summary>
public readonly record struct XlsxCell(string? Text, double? Number)
{
    public bool IsEmpty => Number is null && string.IsNullOrWhiteSpace(Text);
}
