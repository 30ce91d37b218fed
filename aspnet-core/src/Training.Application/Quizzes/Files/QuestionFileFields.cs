namespace Training.Quizzes;

/// <summary>What each format calls the places a problem can be: header texts of a sheet, element names of a Moodle file.</summary>
internal sealed record QuestionFileFields(string Category, string Text, string Explanation, string Options, string Answer, Func<int, string> Option)
{
    public static QuestionFileFields Moodle { get; } = new("category", "questiontext", "generalfeedback", "answer", "answer", _ => "answer");
}
