namespace Training.Quizzes;

/// <summary><paramref name="Count"/> questions at random from <paramref name="Category"/> and its sub-categories (empty: the whole bank).</summary>
public sealed record QuizDraw(string Category, int Count);
