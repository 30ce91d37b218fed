using System.Globalization;

namespace Training.Quizzes;

/// <summary>
/// Item analysis of a quiz from its graded attempts' <see cref="QuizAttempt.Items"/>: per question of the bank, over the attempts
/// that were given it, how many, the mean item score (facility), the mean item score of the top 27% minus the bottom 27% of
/// those attempts by total percent (discrimination; ⌊0.27·n⌋ attempts, at least 1; ties by attempt id, the bottom read from
/// the other end; none under 4 attempts), and how many chose each option. One pass over each attempt's short summary, so
/// that 50,000 attempts are read as 50,000 rows, not as their 500,000 answers.
/// </summary>
public static class ItemAnalysis
{
    /// <summary>The questions by bank order, in bank order.</summary>
    public static IReadOnlyList<QuestionStatistics> Compute(IEnumerable<GradedItems> attempts)
    {
        var sorted = attempts.Select(a => (a.AttemptId, a.Percent, Items: Parse(a.Items)))
            .OrderByDescending(a => a.Percent).ThenBy(a => a.AttemptId.ToString(), StringComparer.Ordinal).ToList();
        var questions = new SortedDictionary<int, QuestionStatistics>();
        foreach (var item in sorted.SelectMany(a => a.Items))
        {
            if (!questions.TryGetValue(item.Order, out var statistics))
            {
                questions[item.Order] = statistics = new QuestionStatistics(item.Order);
            }

            statistics.Add(item);
        }

        foreach (var statistics in questions.Values)
        {
            statistics.Group = Math.Max(1, statistics.Attempts * 27 / 100);
        }

        Walk(sorted, questions, top: true);
        sorted.Reverse();
        Walk(sorted, questions, top: false);
        return [.. questions.Values];
    }

    /// <summary>What grading writes on an attempt for one answer: "order:score:chosen|chosen", orders from 1 in the bank's and
    /// the question's own order (not as shown), so that shuffled sittings add up.</summary>
    public static string Describe(Question question, decimal score, IReadOnlyCollection<Guid> selected) =>
        string.Create(CultureInfo.InvariantCulture, $"{question.Order}:{score:0.####}:")
        + string.Join('|', question.Options.Where(o => selected.Contains(o.Id)).Select(o => o.Order.ToString(CultureInfo.InvariantCulture)));

    private static void Walk(List<(Guid AttemptId, decimal Percent, List<Item> Items)> attempts, SortedDictionary<int, QuestionStatistics> questions, bool top)
    {
        foreach (var attempt in attempts)
        {
            foreach (var item in attempt.Items)
            {
                questions[item.Order].AddToGroup(item.Score, top);
            }
        }
    }

    private static List<Item> Parse(string items) =>
        items.Length == 0
            ? []
            : items.Split(',').Select(part => part.Split(':')).Select(p => new Item(int.Parse(p[0], CultureInfo.InvariantCulture),
                decimal.Parse(p[1], CultureInfo.InvariantCulture),
                p[2].Length == 0 ? [] : p[2].Split('|').Select(o => int.Parse(o, CultureInfo.InvariantCulture)).ToArray())).ToList();

    internal sealed record Item(int Order, decimal Score, int[] Chosen);
}

/// <summary>A graded attempt as item analysis reads it.</summary>
public sealed record GradedItems(Guid AttemptId, decimal Percent, string Items);

/// <summary>One question's statistics; see <see cref="ItemAnalysis"/>.</summary>
public sealed class QuestionStatistics(int order)
{
    private readonly Dictionary<int, int> _chosen = [];
    private decimal _sum;
    private decimal _topSum;
    private decimal _bottomSum;
    private int _top;
    private int _bottom;

    /// <summary>The question's place in the bank, from 1.</summary>
    public int Order { get; } = order;

    public int Attempts { get; private set; }

    public double Facility => Attempts == 0 ? 0 : (double)(_sum / Attempts);

    /// <summary>Null under 4 attempts.</summary>
    public double? Discrimination => Attempts < 4 ? null : (double)((_topSum / _top) - (_bottomSum / _bottom));

    /// <summary>Attempts that chose each option, by the option's order from 1.</summary>
    public IReadOnlyDictionary<int, int> Chosen => _chosen;

    internal int Group { get; set; }

    internal void Add(ItemAnalysis.Item item)
    {
        Attempts++;
        _sum += item.Score;
        foreach (var option in item.Chosen.Distinct())
        {
            _chosen[option] = _chosen.GetValueOrDefault(option) + 1;
        }
    }

    internal void AddToGroup(decimal score, bool top)
    {
        if (top && _top < Group)
        {
            _top++;
            _topSum += score;
        }
        else if (!top && _bottom < Group)
        {
            _bottom++;
            _bottomSum += score;
        }
    }
}
