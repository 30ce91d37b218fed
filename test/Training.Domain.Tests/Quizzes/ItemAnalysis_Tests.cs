using Training.Quizzes;

namespace Training.Domain.Tests.Quizzes;

/// <summary>
/// Item analysis against hand-worked examples. Eight attempts of a random draw, so that questions were given to different
/// attempts:
/// <code>
///   attempt  percent   Q1     Q2     Q3 (partial credit)
///   1         90       1      1      —
///   2         80       0      —      1
///   3         70       1      1      0.5
///   4         60       —      0      0.5
///   5         50       1      0      —
///   6         40       1      —      0
///   7         30       0      1      0
///   8         20       1      0      —
/// </code>
/// Q1: given to 7, facility 5/7; group ⌊0.27·7⌋ = 1: top attempt 1 (1), bottom attempt 8 (1): discrimination 0.
/// Q2: given to 6, facility 3/6; group 1: top 1 (1), bottom 8 (0): 1.
/// Q3: given to 5, facility 2/5 = 0.4; group 1: top 2 (1), bottom 7 (0): 1.
/// With four more attempts at the top that all got Q1 wrong (n = 11, group 2), Q1's discrimination turns negative:
/// top two 0 and 0, bottom two (8, 7) 1 and 0: 0 − 0.5 = −0.5.
/// </summary>
public class ItemAnalysis_Tests
{
    [Fact]
    public void Facility_Discrimination_And_Choices_Match_The_Hand_Worked_Draw()
    {
        var attempts = new List<GradedItems>
        {
            Attempt(1, 90, "1:1:1", "2:1:2"),
            Attempt(2, 80, "1:0:2", "3:1:1|2"),
            Attempt(3, 70, "1:1:1", "2:1:2", "3:0.5:1"),
            Attempt(4, 60, "2:0:1", "3:0.5:1"),
            Attempt(5, 50, "1:1:1", "2:0:1"),
            Attempt(6, 40, "1:1:1", "3:0:3"),
            Attempt(7, 30, "1:0:", "2:1:2", "3:0:"),
            Attempt(8, 20, "1:1:1", "2:0:1"),
        };

        var statistics = ItemAnalysis.Compute(attempts).ToDictionary(s => s.Order);

        statistics[1].ShouldSatisfyAllConditions(s => s.Attempts.ShouldBe(7), s => s.Facility.ShouldBe(5.0 / 7, 1e-9), s => s.Discrimination.ShouldBe(0));
        statistics[2].ShouldSatisfyAllConditions(s => s.Attempts.ShouldBe(6), s => s.Facility.ShouldBe(0.5, 1e-9), s => s.Discrimination.ShouldBe(1));
        statistics[3].ShouldSatisfyAllConditions(s => s.Attempts.ShouldBe(5), s => s.Facility.ShouldBe(0.4, 1e-9), s => s.Discrimination.ShouldBe(1));
        statistics[1].Chosen.ShouldBe(new Dictionary<int, int> { [1] = 5, [2] = 1 }, ignoreOrder: true, "attempt 7 chose nothing");
        statistics[3].Chosen.ShouldBe(new Dictionary<int, int> { [1] = 3, [2] = 1, [3] = 1 }, ignoreOrder: true);

        attempts.AddRange(Enumerable.Range(0, 4).Select(i => Attempt(10 + i, 95 + i, "1:0:2")));
        var negative = ItemAnalysis.Compute(attempts).Single(s => s.Order == 1);
        negative.Attempts.ShouldBe(11);
        negative.Discrimination.ShouldBe(-0.5);
    }

    [Fact]
    public void Ties_Are_Broken_By_Attempt_Id_And_Under_Four_Attempts_There_Is_No_Discrimination()
    {
        // Four attempts tied at 50%: the top is the lowest id, the bottom the highest.
        var tied = ItemAnalysis.Compute([Attempt(3, 50, "1:0:2"), Attempt(1, 50, "1:1:1"), Attempt(4, 50, "1:0:2"), Attempt(2, 50, "1:1:1")]).Single();
        tied.Discrimination.ShouldBe(1);
        ItemAnalysis.Compute([Attempt(1, 50, "1:1:1"), Attempt(2, 40, "1:0:2"), Attempt(3, 30, "1:0:2")]).Single().Discrimination.ShouldBeNull();
        ItemAnalysis.Compute([]).ShouldBeEmpty();
    }

    private static GradedItems Attempt(int id, decimal percent, params string[] items) =>
        new(new Guid($"00000000-0000-0000-0000-{id:000000000000}"), percent, string.Join(',', items));
}
