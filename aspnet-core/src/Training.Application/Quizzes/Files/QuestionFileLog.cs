using Microsoft.Extensions.Localization;

namespace Training.Quizzes;

/// <summary>
/// Collects what reading a question file finds, with messages localised as they are recorded, and checks each draft
/// against the bank's limits before taking it: both formats break the same rules the same way.
/// </summary>
internal sealed class QuestionFileLog(IStringLocalizer localizer)
{
    private readonly List<QuestionDraft> _questions = [];
    private readonly List<QuestionFileSkip> _skipped = [];
    private readonly List<QuestionFileError> _errors = [];
    private readonly List<string> _warnings = [];

    public int ErrorCount => _errors.Count;

    public void Error(int row, string column, string code, params object[] arguments) =>
        _errors.Add(new QuestionFileError(row, column, code, localizer[code, arguments].Value));

    public void Skip(string name, string code, params object[] arguments) => _skipped.Add(new QuestionFileSkip(name, localizer[code, arguments].Value));

    public void Warn(string code, params object[] arguments) => _warnings.Add(localizer[code, arguments].Value);

    /// <summary>Takes the draft unless it, or its row since <paramref name="errorsBefore"/>, has a problem.</summary>
    public void Accept(QuestionDraft draft, QuestionFileFields fields, int errorsBefore)
    {
        Check(draft, fields);
        if (_errors.Count == errorsBefore)
        {
            _questions.Add(draft);
        }
    }

    public QuestionFileContent ToContent() => new(_questions, _skipped, _errors, _warnings);

    private void Check(QuestionDraft draft, QuestionFileFields fields)
    {
        if (draft.Category.Length > QuizConsts.MaxCategoryLength)
        {
            Error(draft.Row, fields.Category, QuestionFileErrorCodes.CategoryTooLong, QuizConsts.MaxCategoryLength);
        }

        if (string.IsNullOrWhiteSpace(draft.Text))
        {
            Error(draft.Row, fields.Text, QuestionFileErrorCodes.TextRequired);
        }
        else if (draft.Text.Length > QuizConsts.MaxQuestionTextLength)
        {
            Error(draft.Row, fields.Text, QuestionFileErrorCodes.TextTooLong, QuizConsts.MaxQuestionTextLength);
        }

        if (draft.Explanation?.Length > QuizConsts.MaxExplanationLength)
        {
            Error(draft.Row, fields.Explanation, QuestionFileErrorCodes.ExplanationTooLong, QuizConsts.MaxExplanationLength);
        }

        for (var i = 0; i < draft.Options.Count; i++)
        {
            if (draft.Options[i].Text.Length > QuizConsts.MaxOptionTextLength)
            {
                Error(draft.Row, fields.Option(i), QuestionFileErrorCodes.OptionTooLong, QuizConsts.MaxOptionTextLength);
            }
        }

        if (draft.Options.Count < QuizConsts.MinOptions)
        {
            Error(draft.Row, fields.Options, QuestionFileErrorCodes.TooFewOptions, QuizConsts.MinOptions);
        }
        else if (draft.Options.Count > QuizConsts.MaxOptions)
        {
            Error(draft.Row, fields.Options, QuestionFileErrorCodes.TooManyOptions, QuizConsts.MaxOptions);
        }

        var right = draft.Options.Count(o => o.IsCorrect);
        if (right == 0)
        {
            Error(draft.Row, fields.Answer, QuestionFileErrorCodes.NoRightAnswer);
        }
        else if (right > 1 && draft.Type != QuestionType.MultipleChoice)
        {
            Error(draft.Row, fields.Answer, QuestionFileErrorCodes.SeveralRightAnswers);
        }
    }
}
