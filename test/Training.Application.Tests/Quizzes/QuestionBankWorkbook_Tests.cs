using NPOI.XSSF.UserModel;

namespace Training.Quizzes;

public class QuestionBankWorkbook_Tests
{
    private readonly QuestionBankReader _reader = new(new KeyLocalizer());

    private Task<QuestionFileContent> ReadAsync(byte[] xlsx) => _reader.ReadAsync(new MemoryStream(xlsx), CancellationToken.None);

    [Fact]
    public async Task The_Template_Reads_Back_As_No_Questions_And_No_Errors()
    {
        var content = await ReadAsync(QuestionBankWorkbook.Template(new KeyLocalizer()));

        content.Questions.ShouldBeEmpty();
        content.Errors.ShouldBeEmpty();
        content.Skipped.ShouldBeEmpty();
    }

    [Fact]
    public async Task An_Exported_Bank_Reads_Back_As_The_Same_Questions()
    {
        QuestionDraft[] bank =
        [
            new(0, Guid.CreateVersion7(), "Chung/Pháp luật", QuestionType.SingleChoice,
                "<p>Cơ quan nào là <strong>thường trực</strong>?</p>\n<p>Chọn một.</p>", "<p>Sở Lao động - Thương binh và Xã hội.</p>", false,
                [new("Công an tỉnh", false), new("Sở Lao động - Thương binh và Xã hội", true), new("-5 độ", false), new("=1+1", false)]),
            new(0, Guid.CreateVersion7(), "", QuestionType.MultipleChoice, "=SUM(A1:A2) không phải công thức", null, true,
                [new("Cảnh cáo", true), new("Phạt tiền", true), new("Khen thưởng", false), new("1990", false), new("@mention", false),
                    new("+84", false), new("G", false), new("H", true)]),
            new(0, Guid.CreateVersion7(), "Xử phạt", QuestionType.TrueFalse, "<p>Người chưa thành niên được xử lý riêng.</p>", null, false,
                [new(QuizConsts.True, false), new(QuizConsts.False, true)]),
        ];

        var content = await ReadAsync(QuestionBankWorkbook.Export(bank));

        content.Errors.ShouldBeEmpty();
        content.Questions.Select(q => q.Row).ShouldBe([2, 3, 4]);
        content.Questions.Select(Comparable).ShouldBe(bank.Select(Comparable));
    }

    [Fact]
    public async Task A_Bad_Row_Is_Reported_By_Its_Excel_Row_And_Column_Header()
    {
        var headers = QuestionColumns.Headers(QuestionColumns.TemplateOptions).ToArray();
        var xlsx = new WorkbookBuilder(headers)
            .Row(null, null, "Tự luận", "Câu 1", null, null, "A", "B", null, null, null, null, "A")
            .Row(null, null, "Một đáp án", " ", null, null, "A", "B", null, null, null, null, "A")
            .Row(null, null, "Nhiều đáp án", "Câu 3", null, null, "A", null, null, null, null, null, "A")
            .Row(null, null, "Một đáp án", "Câu 4", null, null, "A", "B", null, null, null, null, "A, B")
            .Row(null, null, "SingleChoice", "Câu 5", null, null, "A", "B", null, null, null, null, "C")
            .Row("không-phải-guid", null, "Đúng/Sai", "Câu 6", null, null, null, null, null, null, null, null, "Đúng")
            .Row()
            .Row(null, new string('x', QuizConsts.MaxCategoryLength + 1), "Đúng/Sai", "Câu 8", null, null, null, null, null, null, null, null, "Sai")
            .Row(null, "Chung", "Đúng/Sai", "Câu 9", null, "Không", null, null, null, null, null, null, "Sai")
            .Row(null, null, "Nhiều đáp án", "Câu 10", null, "Có lẽ", "A", "B", null, null, null, null, "")
            .ToBytes();

        var content = await ReadAsync(xlsx);

        content.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (2, "Loại", QuestionFileErrorCodes.TypeUnknown),
            (3, "Câu hỏi", QuestionFileErrorCodes.TextRequired),
            (4, "Phương án A", QuestionFileErrorCodes.TooFewOptions),
            (5, "Đáp án đúng", QuestionFileErrorCodes.SeveralRightAnswers),
            (6, "Đáp án đúng", QuestionFileErrorCodes.AnswerOptionEmpty),
            (6, "Đáp án đúng", QuestionFileErrorCodes.NoRightAnswer),
            (7, "Mã", QuestionFileErrorCodes.IdInvalid),
            (9, "Chủ đề", QuestionFileErrorCodes.CategoryTooLong),
            (11, "Tính điểm từng phần", QuestionFileErrorCodes.PartialCreditUnknown),
            (11, "Đáp án đúng", QuestionFileErrorCodes.NoRightAnswer),
        ]);
        content.Errors[4].Message.ShouldBe("Training:QuestionFileAnswerOptionEmpty(C)");
        var good = content.Questions.ShouldHaveSingleItem();
        (good.Row, good.Category, good.Type, good.Text).ShouldBe((10, "Chung", QuestionType.TrueFalse, "Câu 9"));
        good.Options.ShouldBe([new(QuizConsts.True, false), new(QuizConsts.False, true)]);
    }

    [Fact]
    public void The_Template_Has_A_Guide_In_Vietnamese()
    {
        var workbook = new XSSFWorkbook(new MemoryStream(QuestionBankWorkbook.Template(new KeyLocalizer())));

        workbook.GetSheetAt(0).SheetName.ShouldBe("Câu hỏi");
        var guide = workbook.GetSheet("Hướng dẫn").ShouldNotBeNull();
        var text = string.Join("\n", Enumerable.Range(0, guide.LastRowNum + 1).Select(r => guide.GetRow(r)?.GetCell(0)?.StringCellValue));
        text.ShouldContain("HƯỚNG DẪN NHẬP NGÂN HÀNG CÂU HỎI");
        text.ShouldContain("Một đáp án, Nhiều đáp án, Đúng/Sai");
        text.ShouldContain("Moodle XML");
        text.ShouldContain("Ví dụ");
    }

    private static string Comparable(QuestionDraft q) =>
        $"{q.Id}|{q.Category}|{q.Type}|{q.Text}|{q.Explanation ?? "(none)"}|{q.PartialCredit}|{string.Join("|", q.Options)}";
}
