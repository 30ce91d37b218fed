using System.Text;

namespace Training.Quizzes;

public class QuestionBankReader_Tests
{
    private readonly QuestionBankReader _reader = new(new KeyLocalizer());

    private static FileStream Fixture(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Quizzes", "Fixtures", name));

    private Task<QuestionFileContent> ReadAsync(string text) => _reader.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), CancellationToken.None);

    [Fact]
    public async Task A_Moodle_Export_Keeps_Its_Nested_Categories_Without_The_Course_Prefix_And_Skips_The_Essay()
    {
        await using var file = Fixture("moodle-nested-categories.xml");

        var content = await _reader.ReadAsync(file, CancellationToken.None);

        content.Errors.ShouldBeEmpty();
        content.Warnings.ShouldBeEmpty();
        content.Questions.Select(q => (q.Row, q.Category, q.Text)).ShouldBe(
        [
            (1, "Iota", "<p>Testing Iota Question</p>"),
            (3, "Iota/Kappa", "<p>Testing Kappa Question</p>"),
            (4, "Iota/Kappa/Lambda", "<p>Testing Lambda Question</p>"),
            (5, "Iota/Mu", "<p>Testing Mu Question</p>"),
        ]);
        content.Questions.ShouldAllBe(q => q.Type == QuestionType.TrueFalse && q.Explanation == null && q.Id == null && !q.PartialCredit);
        content.Questions.ShouldAllBe(q => q.Options.SequenceEqual(new[] { new OptionDraft("Đúng", true), new OptionDraft("Sai", false) }));
        content.Skipped.ShouldBe([new QuestionFileSkip("Kappa Essay Question", "Training:QuestionFileTypeNotSupported(essay)")]);
    }

    [Fact]
    public async Task Questions_As_Moodles_Exporter_Writes_Them_Give_The_Right_Options_And_Explanation_And_Skip_The_Other_Types()
    {
        await using var file = Fixture("moodle-writequestion.xml");

        var content = await _reader.ReadAsync(file, CancellationToken.None);

        content.Errors.ShouldBeEmpty();
        var question = content.Questions.ShouldHaveSingleItem();
        question.Row.ShouldBe(3);
        question.Category.ShouldBe("Default for Moodle tests");
        question.Type.ShouldBe(QuestionType.MultipleChoice);
        question.PartialCredit.ShouldBeFalse();
        question.Text.ShouldBe("Which are the even numbers?");
        question.Explanation.ShouldBe("The even numbers are 2 and 4.");
        question.Options.ShouldBe([new("1", false), new("2", true), new("3", false), new("4", true)]);
        content.Skipped.ShouldBe(
        [
            new QuestionFileSkip("A description", "Training:QuestionFileTypeNotSupported(description)"),
            new QuestionFileSkip("Matching question", "Training:QuestionFileTypeNotSupported(matching)"),
            new QuestionFileSkip("Numerical question", "Training:QuestionFileTypeNotSupported(numerical)"),
        ]);
    }

    [Fact]
    public async Task A_Vietnamese_Moodle_File_Gives_Single_Multiple_Partial_Credit_And_True_False_Questions_Without_Its_Images()
    {
        await using var file = Fixture("vietnamese.xml");

        var content = await _reader.ReadAsync(file, CancellationToken.None);

        content.Errors.ShouldBeEmpty();
        content.Questions.Select(q => (q.Row, q.Category, q.Type, q.PartialCredit)).ShouldBe(
        [
            (1, "Chung/Pháp luật", QuestionType.SingleChoice, false),
            (2, "Chung/Pháp luật", QuestionType.MultipleChoice, false),
            (3, "Chung/Pháp luật/Xử phạt", QuestionType.MultipleChoice, true),
            (4, "Chung/Pháp luật/Xử phạt", QuestionType.TrueFalse, false),
        ]);
        var (single, multiple, partial, truth) = (content.Questions[0], content.Questions[1], content.Questions[2], content.Questions[3]);
        single.Options.ShouldBe([new("Công an tỉnh", false), new("Sở Lao động – Thương binh và Xã hội", true), new("Sở Y tế", false)]);
        single.Explanation.ShouldBe("<p>Sở Lao động - Thương binh và Xã hội là cơ quan thường trực.</p>");
        multiple.Explanation.ShouldBeNull();
        multiple.Options.ShouldBe([new("Mua dâm", true), new("Tuyên truyền phòng, chống mại dâm", false)]);
        partial.Options.ShouldBe([new("Cảnh cáo", true), new("Phạt tiền", true), new("Khen thưởng", false)]);
        partial.Text.ShouldBe("<p>Chọn các hình thức xử phạt chính </p>");
        truth.Options.ShouldBe([new(QuizConsts.True, true), new(QuizConsts.False, false)]);
        truth.Explanation.ShouldBe("Đúng vậy.");
        content.Warnings.ShouldBe(["Training:QuestionFileImageDropped(3, so do.png)"]);
        content.Skipped.Select(s => s.Name).ShouldBe(["Tự luận", "Ghép nối"]);
        content.Skipped.Select(s => s.Reason).ShouldBe(["Training:QuestionFileTypeNotSupported(essay)", "Training:QuestionFileTypeNotSupported(matching)"]);
    }

    [Fact]
    public async Task A_Single_Answer_Moodle_Question_With_Penalties_Stays_Single_Choice()
    {
        var content = await ReadAsync("""
            <quiz>
              <question type="category"><category><text>$course$/top/Phòng chống/Ma tuý//Mại dâm</text></category></question>
              <question type="multichoice"><name><text>Phạt</text></name>
                <questiontext format="html"><text>Câu hỏi có điểm trừ</text></questiontext>
                <single>true</single>
                <answer fraction="100"><text>Đúng</text></answer><answer fraction="-33.33333"><text>Sai một</text></answer>
                <answer fraction="-33.33333"><text>Sai hai</text></answer>
              </question>
            </quiz>
            """);

        var question = content.Questions.ShouldHaveSingleItem();
        (question.Type, question.PartialCredit).ShouldBe((QuestionType.SingleChoice, false), "a learner still picks one option");
        question.Category.ShouldBe("Phòng chống/Ma tuý - Mại dâm", "Moodle's escaped slash is part of one category's name");
        question.Options.Select(o => o.IsCorrect).ShouldBe([true, false, false]);
    }

    [Fact]
    public async Task A_Moodle_Question_That_Breaks_A_Rule_Is_Reported_By_Its_Position_And_Element()
    {
        var content = await ReadAsync("""
            <quiz>
              <question type="category"><category><text>$course$/top/Chung</text></category></question>
              <question type="multichoice"><name><text>Một</text></name>
                <questiontext format="html"><text>Câu hỏi</text></questiontext>
                <single>true</single>
                <answer fraction="0"><text>A</text></answer><answer fraction="0"><text>B</text></answer>
              </question>
              <question type="multichoice"><name><text>Hai</text></name>
                <questiontext format="html"><text></text></questiontext>
                <answer fraction="100"><text>A</text></answer>
              </question>
            </quiz>
            """);

        content.Questions.ShouldBeEmpty();
        content.Errors.Select(e => (e.Row, e.Column, e.Code)).ShouldBe(
        [
            (1, "answer", QuestionFileErrorCodes.NoRightAnswer),
            (2, "questiontext", QuestionFileErrorCodes.TextRequired),
            (2, "answer", QuestionFileErrorCodes.TooFewOptions),
        ]);
        content.Errors[2].Message.ShouldBe("Training:QuestionFileTooFewOptions(2)");
    }

    [Fact]
    public async Task A_File_With_A_Dtd_Is_Refused_As_Unsafe_Before_Any_Entity_Is_Expanded()
    {
        var refused = await Should.ThrowAsync<TrainingException>(() => ReadAsync("""
            <?xml version="1.0"?>
            <!DOCTYPE quiz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <quiz><question type="essay"><name><text>&b;</text></name></question></quiz>
            """));

        refused.Code.ShouldBe(TrainingErrorCodes.ImportFileUnsafe);
        refused.Field.ShouldBe("file");
    }

    [Theory]
    [InlineData("Họ và tên;Câu hỏi\nNguyễn Văn A;1")]
    [InlineData("%PDF-1.7")]
    [InlineData("")]
    public async Task A_File_That_Is_Neither_A_Zip_Nor_Xml_Is_Refused_Whatever_Its_Name(string text)
    {
        var refused = await Should.ThrowAsync<TrainingException>(() => ReadAsync(text));

        refused.Code.ShouldBe(QuestionFileErrorCodes.FormatUnknown);
        refused.Field.ShouldBe("file");
    }

    [Fact]
    public async Task Xml_That_Is_Not_A_Moodle_Quiz_Is_Refused()
    {
        (await Should.ThrowAsync<TrainingException>(() => ReadAsync("\uFEFF  <html><body>Câu hỏi</body></html>"))).Code.ShouldBe(QuestionFileErrorCodes.NotMoodleXml);
        (await Should.ThrowAsync<TrainingException>(() => ReadAsync("<quiz><question>"))).Code.ShouldBe(QuestionFileErrorCodes.NotMoodleXml);
    }

    [Fact]
    public async Task A_File_Over_The_Limit_Is_Refused_Before_It_Is_Read()
    {
        var bytes = new byte[QuizConsts.MaxImportBytes + 1];
        bytes[0] = (byte)'<';

        var refused = await Should.ThrowAsync<TrainingException>(() => _reader.ReadAsync(new MemoryStream(bytes), CancellationToken.None));

        refused.Code.ShouldBe(QuestionFileErrorCodes.TooLarge);
        refused.Field.ShouldBe("file");
    }
}
