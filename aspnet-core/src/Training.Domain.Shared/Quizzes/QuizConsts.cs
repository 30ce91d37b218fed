namespace Training.Quizzes;

public static class QuizConsts
{
    /// <summary>A category label, levels included (Moodle writes "Chung/Pháp luật").</summary>
    public const int MaxCategoryLength = 64;
    public const char CategorySeparator = '/';
    public const int MaxQuestionTextLength = 20_000;
    public const int MaxExplanationLength = 20_000;
    public const int MaxOptionTextLength = 1_000;
    public const int MinOptions = 2;
    public const int MaxOptions = 10;
    public const int MaxQuestionsPerCourse = 5_000;
    public const int MaxTitleLength = 256;
    public const int MaxTimeLimitMinutes = 600;
    public const int MaxQuestionsPerPage = 50;
    public const int MaxAttempts = 100;

    /// <summary>The largest question file accepted for import (.xlsx or Moodle XML).</summary>
    public const long MaxImportBytes = 10 * 1024 * 1024;

    /// <summary>The option texts of a true/false question, in this order.</summary>
    public const string True = "Đúng";
    public const string False = "Sai";
}
