namespace Training.Documents;

/// <summary>A data row of a sheet: its number as Excel shows it and its cells by column number (1 = A).</summary>
public sealed record XlsxRow(int RowNumber, IReadOnlyDictionary<int, XlsxCell> Cells);
