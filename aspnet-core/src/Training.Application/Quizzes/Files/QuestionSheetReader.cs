using System.Globalization;
using System.Text;
using Training.Documents;
using Training.Text;

namespace Training.Quizzes;

/// <summary>
/// Reads the question sheet (the first of the .xlsx template) through the guarded streaming reader: the header row is
/// found by its names whatever the order, each later row that is not empty is one question, and each problem is
/// recorded against the row as Excel numbers it and the column's header as the file writes it.
/// </summary>
internal sealed class QuestionSheetReader
{
    /// <summary>How far down the header row is looked for (a title or a blank line may come first).</summary>
    private const int HeaderSearchRows = 10;

    private readonly Dictionary<string, int> _columns;
    private readonly Dictionary<string, string> _headers;
    private readonly QuestionFileFields _fields;

    private QuestionSheetReader(Dictionary<string, int> columns, Dictionary<string, string> headers)
    {
        _columns = columns;
        _headers = headers;
        _fields = new QuestionFileFields(Header(QuestionColumns.Category), Header(QuestionColumns.Text), Header(QuestionColumns.Explanation),
            Header(QuestionColumns.Option(0)), Header(QuestionColumns.Answer), option => Header(QuestionColumns.Option(option)));
    }

    public static async Task ReadAsync(Stream content, QuestionFileLog log, CancellationToken cancellationToken)
    {
        using var reader = await XlsxRowReader.OpenAsync(content, cancellationToken);
        QuestionSheetReader? sheet = null;
        foreach (var row in reader.ReadRows())
        {
            if (sheet is not null)
            {
                sheet.Read(row, log);
                continue;
            }

            sheet = TryHeader(row);
            if (sheet is null && row.RowNumber >= HeaderSearchRows)
            {
                break;
            }
        }

        if (sheet is null)
        {
            throw new TrainingException(TrainingErrorCodes.ImportNoHeader);
        }
    }

    /// <summary>The header row is the first with at least two of the sheet's column names; it must have the required ones.</summary>
    private static QuestionSheetReader? TryHeader(XlsxRow row)
    {
        var columns = new Dictionary<string, int>();
        var headers = new Dictionary<string, string>();
        foreach (var (index, cell) in row.Cells)
        {
            if (QuestionColumns.All.FirstOrDefault(c => QuestionColumns.Key(c) == QuestionColumns.Key(cell.Text)) is { } name && columns.TryAdd(name, index))
            {
                headers[name] = VietnameseText.Clean(cell.Text);
            }
        }

        if (columns.Count < 2)
        {
            return null;
        }

        var missing = QuestionColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count == 0
            ? new QuestionSheetReader(columns, headers)
            : throw new TrainingException(TrainingErrorCodes.ImportMissingColumn, TrainingErrorKind.BadRequest, string.Join(", ", missing));
    }

    private void Read(XlsxRow source, QuestionFileLog log)
    {
        if (source.Cells.Count == 0)
        {
            return;
        }

        var row = source.RowNumber;
        var errorsBefore = log.ErrorCount;
        Guid? id = null;
        if (Cell(source, QuestionColumns.Id) is { } idText)
        {
            if (Guid.TryParse(idText, out var guid))
            {
                id = guid;
            }
            else
            {
                log.Error(row, Header(QuestionColumns.Id), QuestionFileErrorCodes.IdInvalid);
            }
        }

        if (!QuestionColumns.TryParseType(Cell(source, QuestionColumns.Type) ?? string.Empty, out var type))
        {
            // Checked further as a multiple-choice question, the type that rules out least.
            log.Error(row, Header(QuestionColumns.Type), QuestionFileErrorCodes.TypeUnknown, string.Join(", ", QuestionColumns.TypeNames.Values));
            type = QuestionType.MultipleChoice;
        }

        var partialCredit = false;
        if (Cell(source, QuestionColumns.PartialCredit) is { } partial && !QuestionColumns.TryParseYesNo(partial, out partialCredit))
        {
            log.Error(row, Header(QuestionColumns.PartialCredit), QuestionFileErrorCodes.PartialCreditUnknown);
        }

        var draft = new QuestionDraft(row, id, VietnameseText.Clean(Cell(source, QuestionColumns.Category)), type,
            Html(source, QuestionColumns.Text), Html(source, QuestionColumns.Explanation) is { Length: > 0 } explanation ? explanation : null,
            partialCredit && type == QuestionType.MultipleChoice, Options(source, type, log));
        log.Accept(draft, _fields, errorsBefore);
    }

    /// <summary>A true/false question's options are always Đúng, Sai; the others are the filled option columns, in order.</summary>
    private List<OptionDraft> Options(XlsxRow source, QuestionType type, QuestionFileLog log)
    {
        var answer = Cell(source, QuestionColumns.Answer) ?? string.Empty;
        if (type == QuestionType.TrueFalse)
        {
            var known = QuestionColumns.TryParseTruth(answer, out var truth);
            if (!known && answer.Length > 0)
            {
                log.Error(source.RowNumber, Header(QuestionColumns.Answer), QuestionFileErrorCodes.AnswerInvalid, answer);
            }

            return [new OptionDraft(QuizConsts.True, known && truth), new OptionDraft(QuizConsts.False, known && !truth)];
        }

        var letters = answer.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries).Select(l => l.ToUpperInvariant()).ToHashSet();
        var options = new List<OptionDraft>();
        for (var i = 0; i < QuizConsts.MaxOptions; i++)
        {
            var letter = QuestionColumns.Letter(i).ToString();
            var right = letters.Remove(letter);
            if (Cell(source, QuestionColumns.Option(i)) is { } option)
            {
                options.Add(new OptionDraft(VietnameseText.Clean(option), right));
            }
            else if (right)
            {
                log.Error(source.RowNumber, Header(QuestionColumns.Answer), QuestionFileErrorCodes.AnswerOptionEmpty, letter);
            }
        }

        if (letters.Count > 0)
        {
            log.Error(source.RowNumber, Header(QuestionColumns.Answer), QuestionFileErrorCodes.AnswerInvalid, answer);
        }

        return options;
    }

    /// <summary>The cell as text, trimmed and composed; the apostrophe that kept a formula-like text a text taken off; blank as null.
    /// A number cell is written without exponent or decimals.</summary>
    private string? Cell(XlsxRow source, string column)
    {
        if (!_columns.TryGetValue(column, out var index) || !source.Cells.TryGetValue(index, out var cell))
        {
            return null;
        }

        var text = (cell.Number is { } number ? number.ToString("0.##########", CultureInfo.InvariantCulture) : cell.Text ?? string.Empty).Trim();
        if (text.Length > 1 && text[0] == '\'' && text[1] is '=' or '+' or '-' or '@')
        {
            text = text[1..];
        }

        return text.Length == 0 ? null : text.Normalize(NormalizationForm.FormC);
    }

    /// <summary>Rich text keeps its own spacing: the bank's HTML is written and read back as it is.</summary>
    private string Html(XlsxRow source, string column) => Cell(source, column) ?? string.Empty;

    private string Header(string column) => _headers.GetValueOrDefault(column, column);
}
