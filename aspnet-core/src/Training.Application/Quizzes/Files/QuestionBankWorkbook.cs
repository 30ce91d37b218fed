using Microsoft.Extensions.Localization;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;
using Training.Documents;

namespace Training.Quizzes;

/// <summary>
/// The question bank in Excel: a sheet of questions under the headers <see cref="QuestionBankReader"/> reads, drop-down
/// lists for the type and partial credit, and a guide in Vietnamese. The export fills the same sheet, so that a bank
/// exported, edited and imported again updates its questions by id.
/// </summary>
public static class QuestionBankWorkbook
{
    public const string SheetName = "Câu hỏi";
    public const string GuideSheetName = "Hướng dẫn";

    /// <summary>Localization keys of the message a drop-down list shows on a value not in it.</summary>
    public const string ListValueTitle = "QuestionFile:ListValueTitle";
    public const string ListValueMessage = "QuestionFile:ListValueMessage";

    /// <summary>The empty template; <paramref name="localizer"/> words the message a drop-down list shows on a wrong value.</summary>
    public static byte[] Template(IStringLocalizer localizer) => Write([], QuestionColumns.TemplateOptions, localizer);

    /// <summary>
    /// One row per question: its id, options in order, right options as letters (Đúng or Sai for true/false). The
    /// question text is the bank's sanitised HTML, written as it is so that it reads back the same; every text cell is
    /// neutralised against formulas. More option columns than the template's are added when a question needs them.
    /// </summary>
    public static byte[] Export(IEnumerable<QuestionDraft> questions)
    {
        var list = questions.ToList();
        return Write(list, Math.Max(QuestionColumns.TemplateOptions, list.Select(q => q.Options.Count).DefaultIfEmpty().Max()), localizer: null);
    }

    private static byte[] Write(IReadOnlyList<QuestionDraft> questions, int options, IStringLocalizer? localizer)
    {
        var workbook = new XSSFWorkbook();
        var styles = new XlsxStyles(workbook);
        var sheet = workbook.CreateSheet(SheetName);
        var headers = QuestionColumns.Headers(options).ToList();
        var text = styles[new XlsxStyle { Format = "@", Wrap = true, CentredVertically = true }];
        WriteRow(sheet.CreateRow(0), headers, styles[new XlsxStyle { Bold = true, Fill = IndexedColors.LightCornflowerBlue.Index, Wrap = true }]);
        for (var i = 0; i < headers.Count; i++)
        {
            // AutoSizeColumn needs libgdiplus; widths are in 1/256 of a character.
            sheet.SetColumnWidth(i, 256 * Width(headers[i]));
            sheet.SetDefaultColumnStyle(i, text);
        }

        sheet.CreateFreezePane(0, 1);
        AddList(sheet, headers.IndexOf(QuestionColumns.Type), QuestionColumns.TypeNames.Values, localizer);
        AddList(sheet, headers.IndexOf(QuestionColumns.PartialCredit), [QuestionColumns.Yes, QuestionColumns.No], localizer);
        for (var i = 0; i < questions.Count; i++)
        {
            WriteRow(sheet.CreateRow(i + 1), Cells(questions[i], options), text);
        }

        WriteGuide(workbook.CreateSheet(GuideSheetName), styles);
        return styles.ToBytes();
    }

    private static IReadOnlyList<string?> Cells(QuestionDraft question, int options) =>
    [
        question.Id?.ToString(), question.Category, QuestionColumns.TypeNames[question.Type], question.Text, question.Explanation,
        question.PartialCredit ? QuestionColumns.Yes : QuestionColumns.No,
        .. Enumerable.Range(0, options).Select(i => i < question.Options.Count ? question.Options[i].Text : null),
        Answer(question),
    ];

    private static string Answer(QuestionDraft question) => question.Type == QuestionType.TrueFalse
        ? question.Options.FirstOrDefault(o => o.IsCorrect)?.Text ?? string.Empty
        : string.Join(", ", question.Options.Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => QuestionColumns.Letter(x.i)));

    private static void WriteRow(IRow row, IReadOnlyList<string?> values, ICellStyle style)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var cell = row.CreateCell(i);
            cell.CellStyle = style;
            if (values[i] is { Length: > 0 } value)
            {
                cell.SetCellValue(XlsxCells.Neutralise(value));
            }
        }
    }

    private static int Width(string header) => header switch
    {
        QuestionColumns.Id => 38,
        QuestionColumns.Category => 24,
        QuestionColumns.Text => 60,
        QuestionColumns.Explanation => 40,
        QuestionColumns.Type or QuestionColumns.PartialCredit or QuestionColumns.Answer => 16,
        _ => 24,
    };

    /// <summary>A short inline list (Excel's inline lists stop at 255 characters, far above these).</summary>
    private static void AddList(ISheet sheet, int column, IEnumerable<string> entries, IStringLocalizer? localizer)
    {
        var helper = sheet.GetDataValidationHelper();
        var validation = helper.CreateValidation(helper.CreateExplicitListConstraint([.. entries]),
            new CellRangeAddressList(1, QuizConsts.MaxQuestionsPerCourse, column, column));
        validation.ShowErrorBox = true;
        if (localizer is not null)
        {
            validation.CreateErrorBox(localizer[ListValueTitle].Value, localizer[ListValueMessage].Value);
        }

        sheet.AddValidationData(validation);
    }

    private static void WriteGuide(ISheet guide, XlsxStyles styles)
    {
        guide.SetColumnWidth(0, 256 * 120);
        string[] lines =
        [
            "HƯỚNG DẪN NHẬP NGÂN HÀNG CÂU HỎI",
            "",
            $"1. Mỗi dòng của sheet \"{SheetName}\" là một câu hỏi, bắt đầu từ dòng 2. Giữ nguyên tên các cột ở dòng 1 (có thể đổi thứ tự cột). Dòng trống được bỏ qua.",
            $"2. {QuestionColumns.Id}: do hệ thống điền khi xuất ngân hàng câu hỏi. Giữ nguyên để cập nhật đúng câu hỏi; để trống với câu hỏi mới.",
            $"3. {QuestionColumns.Category}: nhóm câu hỏi, các cấp cách nhau bằng dấu \"{QuizConsts.CategorySeparator}\" (ví dụ: Chung/Pháp luật), tối đa {QuizConsts.MaxCategoryLength} ký tự. Có thể để trống.",
            $"4. {QuestionColumns.Type}: {string.Join(", ", QuestionColumns.TypeNames.Values)}.",
            $"5. {QuestionColumns.Text}: nội dung câu hỏi, bắt buộc, tối đa {QuizConsts.MaxQuestionTextLength:N0} ký tự.",
            $"6. {QuestionColumns.Explanation}: giải thích đáp án, học viên xem sau khi nộp bài (nếu bài kiểm tra cho phép). Có thể để trống.",
            $"7. {QuestionColumns.PartialCredit}: {QuestionColumns.Yes} hoặc {QuestionColumns.No}; chỉ áp dụng cho câu Nhiều đáp án: mỗi phương án đúng được chọn được một phần điểm, mỗi phương án sai bị trừ. Để trống là {QuestionColumns.No}.",
            $"8. {QuestionColumns.Option(0)} … {QuestionColumns.Option(QuestionColumns.TemplateOptions - 1)}: các phương án trả lời theo thứ tự, ít nhất {QuizConsts.MinOptions} phương án, mỗi phương án tối đa {QuizConsts.MaxOptionTextLength:N0} ký tự. Câu Đúng/Sai không cần điền phương án.",
            $"9. {QuestionColumns.Answer}: chữ cái của phương án đúng, ví dụ \"A\" (câu Một đáp án) hoặc \"A, C\" (câu Nhiều đáp án); với câu Đúng/Sai ghi \"{QuizConsts.True}\" hoặc \"{QuizConsts.False}\".",
            "10. Hệ thống kiểm tra từng dòng và báo lỗi theo số dòng và tên cột của Excel; câu hỏi có lỗi không được nhập.",
            "11. Có thể nhập trực tiếp tệp Moodle XML (xuất từ ngân hàng câu hỏi của Moodle): câu nhiều lựa chọn và câu đúng/sai được nhập, các loại câu khác được bỏ qua và liệt kê; hình ảnh nhúng trong tệp bị loại bỏ.",
            "",
            "Ví dụ:",
        ];
        var title = styles[new XlsxStyle { Bold = true, Size = 14 }];
        var plain = styles[new XlsxStyle { Wrap = true }];
        for (var i = 0; i < lines.Length; i++)
        {
            var cell = guide.CreateRow(i).CreateCell(0);
            cell.SetCellValue(lines[i]);
            cell.CellStyle = i == 0 ? title : plain;
        }

        var example = new QuestionDraft(0, null, "Chung/Pháp luật", QuestionType.MultipleChoice,
            "Hành vi nào sau đây bị nghiêm cấm theo Pháp lệnh Phòng, chống mại dâm?", "Pháp lệnh nghiêm cấm cả hành vi mua dâm và hành vi bán dâm.", false,
            [new OptionDraft("Mua dâm", true), new OptionDraft("Bán dâm", true), new OptionDraft("Tuyên truyền phòng, chống mại dâm", false)]);
        var headers = QuestionColumns.Headers(QuestionColumns.TemplateOptions);
        var boxed = styles[new XlsxStyle { Boxed = true, Wrap = true }];
        WriteRow(guide.CreateRow(lines.Length), headers, styles[new XlsxStyle { Bold = true, Boxed = true, Wrap = true }]);
        WriteRow(guide.CreateRow(lines.Length + 1), Cells(example, QuestionColumns.TemplateOptions), boxed);
    }
}
