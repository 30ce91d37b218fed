using Training.Text;

namespace Training.Quizzes;

/// <summary>
/// A question of one course version's bank. Its text and explanation are sanitised rich text, like a lesson's body; its
/// options plain text. It weighs 1 in every quiz. Edited only while its course version is a draft (the application
/// service checks the course).
/// </summary>
public class Question
{
    private readonly List<QuestionOption> _options = [];

    private Question()
    {
        Category = null!;
        CategoryKey = null!;
        Text = null!;
    }

    public Question(Guid id, Guid courseId, int order, QuestionContent content)
    {
        Id = id;
        CourseId = courseId;
        Order = order;
        Category = null!;
        CategoryKey = null!;
        Text = null!;
        Change(content);
    }

    public Guid Id { get; private set; }

    public Guid CourseId { get; private set; }

    /// <summary>Its place in the bank, from 1.</summary>
    public int Order { get; private set; }

    public string Category { get; private set; }

    /// <summary>The category without case or marks, worked out once: draws and imports compare it for every question.</summary>
    public string CategoryKey { get; private set; }

    public QuestionType Type { get; private set; }

    public string Text { get; private set; }

    public string? Explanation { get; private set; }

    public bool PartialCredit { get; private set; }

    public IReadOnlyList<QuestionOption> Options => _options.OrderBy(o => o.Order).ToList();

    /// <summary>Replaces what the question says; options keep their ids where the content names them, in the new order.</summary>
    public void Change(QuestionContent content)
    {
        var options = Check(content);
        Category = QuestionCategory.Normalise(content.Category);
        CategoryKey = QuestionCategory.Key(Category);
        Type = content.Type;
        Text = content.Text;
        Explanation = string.IsNullOrWhiteSpace(content.Explanation) ? null : content.Explanation;
        PartialCredit = content.Type == QuestionType.MultipleChoice && content.PartialCredit;

        var kept = new List<QuestionOption>();
        for (var i = 0; i < options.Count; i++)
        {
            var (optionId, text, isCorrect) = options[i];
            if (optionId is { } id && _options.FirstOrDefault(o => o.Id == id) is { } existing)
            {
                existing.Change(i + 1, text, isCorrect);
                kept.Add(existing);
            }
            else
            {
                kept.Add(new QuestionOption(Guid.CreateVersion7(), Id, i + 1, text, isCorrect));
            }
        }

        _options.Clear();
        _options.AddRange(kept);
    }

    /// <summary>Whether <paramref name="content"/> says exactly what the question says (an import that changes nothing).</summary>
    public bool Says(QuestionContent content) =>
        Category == QuestionCategory.Normalise(content.Category) && Type == content.Type && Text == content.Text
        && Explanation == (string.IsNullOrWhiteSpace(content.Explanation) ? null : content.Explanation)
        && PartialCredit == (content.Type == QuestionType.MultipleChoice && content.PartialCredit)
        && Options.Select(o => (o.Text, o.IsCorrect)).SequenceEqual(Check(content).Select(o => (o.Text, o.IsCorrect)));

    /// <summary>A copy for the course's next version: new ids, the same content and place.</summary>
    internal Question CopyTo(Guid courseId) =>
        new(Guid.CreateVersion7(), courseId, Order, new QuestionContent(Category, Type, Text, Explanation, PartialCredit,
            Options.Select(o => new QuestionContentOption(null, o.Text, o.IsCorrect)).ToList()));

    private static List<(Guid? Id, string Text, bool IsCorrect)> Check(QuestionContent content)
    {
        if (!Enum.IsDefined(content.Type))
        {
            throw new TrainingException(TrainingErrorCodes.QuestionTypeUnknown) { Field = "type" };
        }

        if (string.IsNullOrWhiteSpace(content.Text) || content.Text.Length > QuizConsts.MaxQuestionTextLength)
        {
            throw new TrainingException(TrainingErrorCodes.QuestionTextRequired) { Field = "text" };
        }

        if ((content.Explanation?.Length ?? 0) > QuizConsts.MaxExplanationLength)
        {
            throw new TrainingException(TrainingErrorCodes.QuestionExplanationTooLong) { Field = "explanation" };
        }

        var options = (content.Options ?? []).Select(o => (o.Id, Text: VietnameseText.Clean(o.Text), o.IsCorrect)).ToList();
        for (var i = 0; i < options.Count; i++)
        {
            // One option sent twice would be changed twice and kept once: the question would lose an option unseen.
            if (options[i].Id is { } id && options.Take(i).Any(o => o.Id == id))
            {
                throw new TrainingException(TrainingErrorCodes.QuestionOptionsInvalid) { Field = $"options[{i}].id" };
            }
        }

        if (content.Type == QuestionType.TrueFalse)
        {
            // Always "Đúng" then "Sai", whatever the texts sent: only which one is right is the author's.
            if (options.Count != 2 || options.Count(o => o.IsCorrect) != 1)
            {
                throw new TrainingException(TrainingErrorCodes.QuestionOptionsInvalid) { Field = "options" };
            }

            return [(options[0].Id, QuizConsts.True, options[0].IsCorrect), (options[1].Id, QuizConsts.False, options[1].IsCorrect)];
        }

        for (var i = 0; i < options.Count; i++)
        {
            if (options[i].Text.Length is 0 or > QuizConsts.MaxOptionTextLength)
            {
                throw new TrainingException(TrainingErrorCodes.QuestionOptionTextInvalid) { Field = $"options[{i}].text" };
            }
        }

        var right = options.Count(o => o.IsCorrect);
        if (options.Count is < QuizConsts.MinOptions or > QuizConsts.MaxOptions || right == 0
            || (content.Type == QuestionType.SingleChoice && right != 1))
        {
            throw new TrainingException(TrainingErrorCodes.QuestionOptionsInvalid) { Field = "options" };
        }

        return options;
    }
}

/// <summary>What a question says, its text and explanation already sanitised.</summary>
public sealed record QuestionContent(string Category, QuestionType Type, string Text, string? Explanation, bool PartialCredit,
    IReadOnlyList<QuestionContentOption> Options);

/// <param name="Id">An existing option's id, to keep it; null for a new option.</param>
public sealed record QuestionContentOption(Guid? Id, string Text, bool IsCorrect);
