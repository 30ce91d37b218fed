namespace Training.Quizzes;

/// <summary>
/// Error codes of a question file (an .xlsx template or a Moodle XML file), each also the localization key of its
/// message. A whole-file refusal is thrown; a question's problem is reported against its row and column.
/// </summary>
public static class QuestionFileErrorCodes
{
    /// <summary>Neither an .xlsx (a zip) nor an XML file.</summary>
    public const string FormatUnknown = "Training:QuestionFileFormatUnknown";

    /// <summary>Larger than <see cref="QuizConsts.MaxImportBytes"/>; argument: the limit in MB.</summary>
    public const string TooLarge = "Training:QuestionFileTooLarge";

    /// <summary>XML that does not parse, or whose root is not Moodle's &lt;quiz&gt;.</summary>
    public const string NotMoodleXml = "Training:QuestionFileNotMoodleXml";

    public const string TypeUnknown = "Training:QuestionFileTypeUnknown";
    public const string TextRequired = "Training:QuestionFileTextRequired";
    public const string TextTooLong = "Training:QuestionFileTextTooLong";
    public const string ExplanationTooLong = "Training:QuestionFileExplanationTooLong";
    public const string CategoryTooLong = "Training:QuestionFileCategoryTooLong";
    public const string IdInvalid = "Training:QuestionFileIdInvalid";
    public const string PartialCreditUnknown = "Training:QuestionFilePartialCreditUnknown";
    public const string TooFewOptions = "Training:QuestionFileTooFewOptions";
    public const string TooManyOptions = "Training:QuestionFileTooManyOptions";
    public const string OptionTooLong = "Training:QuestionFileOptionTooLong";
    public const string NoRightAnswer = "Training:QuestionFileNoRightAnswer";
    public const string SeveralRightAnswers = "Training:QuestionFileSeveralRightAnswers";

    /// <summary>The right-answer cell is not letters of option columns (or Đúng/Sai for a true/false question).</summary>
    public const string AnswerInvalid = "Training:QuestionFileAnswerInvalid";

    /// <summary>A right-answer letter names an option column left empty; argument: the letter.</summary>
    public const string AnswerOptionEmpty = "Training:QuestionFileAnswerOptionEmpty";

    /// <summary>The reason a Moodle question is skipped; argument: its Moodle type.</summary>
    public const string TypeNotSupported = "Training:QuestionFileTypeNotSupported";

    /// <summary>A warning: an image embedded in a Moodle file was removed; arguments: the question's row, the image's name.</summary>
    public const string ImageDropped = "Training:QuestionFileImageDropped";
}
