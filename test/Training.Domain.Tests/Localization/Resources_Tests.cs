using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using Training.Localization;

namespace Training.Domain.Tests.Localization;

/// <summary>Vietnamese first, English beside it: both resource sets hold the same keys, none empty, and every error code a
/// client can receive has its message in both.</summary>
public class Resources_Tests
{
    private static readonly ResourceManager Resources = new("Training.Localization.TrainingResource", typeof(TrainingResource).Assembly);

    private static Dictionary<string, string> Read(string culture) =>
        Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Vietnamese_And_English_Hold_The_Same_Keys_And_No_Empty_Text()
    {
        var english = Read(string.Empty);
        var vietnamese = Read("vi");

        english.Keys.Except(vietnamese.Keys).ShouldBeEmpty("keys with no Vietnamese text");
        vietnamese.Keys.Except(english.Keys).ShouldBeEmpty("keys with no English text");
        english.Concat(vietnamese).Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key).ShouldBeEmpty();
        english.Count.ShouldBeGreaterThan(400);
    }

    [Fact]
    public void Every_Error_Code_Has_A_Message_In_Both_Languages()
    {
        var codes = typeof(TrainingErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(typeof(Training.Quizzes.QuestionFileErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!))
            .ToList();
        var english = Read(string.Empty);
        var vietnamese = Read("vi");

        codes.ShouldNotBeEmpty();
        codes.Where(c => !english.ContainsKey(c) || !vietnamese.ContainsKey(c)).ShouldBeEmpty("error codes with no message");
    }
}
