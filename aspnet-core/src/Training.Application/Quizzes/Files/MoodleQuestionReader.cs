using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Training.Text;

namespace Training.Quizzes;

/// <summary>
/// Reads a Moodle XML question file (the format of Moodle's question bank export): categories, multiple-choice and
/// true/false questions. Each question is read as a small tree straight off a streaming reader, so the embedded files
/// of one question never sit beside those of the next. Other types are skipped with a reason; embedded images are
/// dropped with a warning, never fetched.
/// </summary>
internal static partial class MoodleQuestionReader
{
    private const double FullMarks = 100;
    private const double Tolerance = 1e-6;

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
    };

    /// <summary>Moodle's context prefixes of a category path.</summary>
    private static readonly string[] ContextPrefixes = ["$course$", "$module$", "$system$", "$cat1$", "$coursecategory$"];

    public static void Read(MemoryStream content, QuestionFileLog log)
    {
        var category = string.Empty;
        var row = 0;
        var inRoot = false;
        try
        {
            using var xml = XmlReader.Create(content, XmlSettings);
            xml.MoveToContent();
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "quiz")
            {
                throw NotMoodle();
            }

            inRoot = true;
            xml.Read();
            while (!xml.EOF)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.Depth != 1 || xml.LocalName != "question")
                {
                    xml.Read();
                    continue;
                }

                var question = (XElement)XNode.ReadFrom(xml);
                var type = (string?)question.Attribute("type") ?? string.Empty;
                if (type == "category")
                {
                    category = Category(question);
                    continue;
                }

                row++;
                switch (type)
                {
                    case "multichoice":
                    case "truefalse":
                        ReadQuestion(question, type, row, category, log);
                        break;
                    default:
                        log.Skip(Name(question), QuestionFileErrorCodes.TypeNotSupported, type);
                        break;
                }
            }
        }
        catch (XmlException)
        {
            // DTDs are prohibited, so an entity is never expanded; a DTD met before the root is reported as unsafe, as
            // the roster import reports it.
            throw !inRoot && HasDoctype(content) ? new TrainingException(TrainingErrorCodes.ImportFileUnsafe) : NotMoodle();
        }
    }

    private static void ReadQuestion(XElement question, string type, int row, string category, QuestionFileLog log)
    {
        var errorsBefore = log.ErrorCount;
        var text = Html(question.Element("questiontext"), row, log);
        var explanation = Html(question.Element("generalfeedback"), row, log) is { Length: > 0 } feedback ? feedback : null;
        var answers = question.Elements("answer").Select(a => (Text: OptionText(a, row, log), Fraction: Fraction(a))).ToList();

        QuestionDraft draft;
        if (type == "truefalse")
        {
            // Moodle writes the answers "true" and "false", in either order.
            var isTrue = answers.Any(a => a.Fraction > 0 && QuestionColumns.TryParseTruth(a.Text, out var truth) && truth);
            var isFalse = answers.Any(a => a.Fraction > 0 && QuestionColumns.TryParseTruth(a.Text, out var truth) && !truth);
            draft = new QuestionDraft(row, null, category, QuestionType.TrueFalse, text, explanation, false,
                [new OptionDraft(QuizConsts.True, isTrue), new OptionDraft(QuizConsts.False, isFalse)]);
        }
        else
        {
            // A right option worth less than full marks, or a wrong one that costs marks, is Moodle's partial credit; a
            // single-answer question keeps its one right answer and drops the penalties (the bank has none for it).
            var single = IsSingle(question);
            var partial = answers.Any(a => (a.Fraction < 0 && !single) || (a.Fraction > 0 && Math.Abs(a.Fraction - FullMarks) > Tolerance));
            var questionType = single && !partial ? QuestionType.SingleChoice : QuestionType.MultipleChoice;
            draft = new QuestionDraft(row, null, category, questionType, text, explanation, partial,
                answers.Select(a => new OptionDraft(a.Text, a.Fraction > 0)).ToList());
        }

        log.Accept(draft, QuestionFileFields.Moodle, errorsBefore);
    }

    /// <summary>"$course$/top/Chung/Pháp luật" → "Chung/Pháp luật": the context and Moodle's "top" level are not the bank's.</summary>
    private static string Category(XElement question)
    {
        var element = question.Element("category");
        var path = element?.Element("text")?.Value ?? element?.Value ?? string.Empty;
        // Moodle writes a "/" inside one category's name as "//"; the bank's levels cannot hold one, so it becomes a dash
        // and "Ma tuý//Mại dâm" stays one level.
        var levels = path.Replace("//", " - ", StringComparison.Ordinal).Split('/').Select(VietnameseText.Clean).Where(l => l.Length > 0).ToList();
        if (levels.Count > 0 && ContextPrefixes.Contains(levels[0], StringComparer.OrdinalIgnoreCase))
        {
            levels.RemoveAt(0);
        }

        if (levels.Count > 0 && levels[0] == "top")
        {
            levels.RemoveAt(0);
        }

        return string.Join(QuizConsts.CategorySeparator, levels);
    }

    private static string Name(XElement question) => VietnameseText.Clean(question.Element("name")?.Element("text")?.Value);

    /// <summary>Moodle's default, when the element is missing, is one answer.</summary>
    private static bool IsSingle(XElement question) =>
        question.Element("single") is not { } single || single.Value.Trim() is "true" or "1";

    private static double Fraction(XElement answer) =>
        double.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) ? fraction : 0;

    /// <summary>The element's text as HTML (plain text encoded), without its embedded images.</summary>
    private static string Html(XElement? element, int row, QuestionFileLog log)
    {
        var text = element?.Element("text")?.Value ?? string.Empty;
        if ((string?)element?.Attribute("format") == "plain_text")
        {
            return WebUtility.HtmlEncode(text.Trim()).Normalize(NormalizationForm.FormC);
        }

        return WithoutImages(text, row, log).Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>An option is plain text: tags taken off (a block's edge becomes a space), entities decoded, white space folded.</summary>
    private static string OptionText(XElement answer, int row, QuestionFileLog log)
    {
        var text = answer.Element("text")?.Value ?? string.Empty;
        if ((string?)answer.Attribute("format") != "plain_text")
        {
            text = InlineTag().Replace(BlockTag().Replace(WithoutImages(text, row, log), " "), string.Empty);
            text = WebUtility.HtmlDecode(text);
        }

        return VietnameseText.Clean(text);
    }

    private static string WithoutImages(string html, int row, QuestionFileLog log) => PluginFileImage().Replace(html, image =>
    {
        log.Warn(QuestionFileErrorCodes.ImageDropped, row, Uri.UnescapeDataString(image.Groups["name"].Value));
        return string.Empty;
    });

    private static bool HasDoctype(MemoryStream content) =>
        content.GetBuffer().AsSpan(0, (int)content.Length).IndexOf("<!DOCTYPE"u8) >= 0;

    private static TrainingException NotMoodle() => new(QuestionFileErrorCodes.NotMoodleXml);

    [GeneratedRegex("""<img\b[^>]*?\bsrc\s*=\s*["']?@@PLUGINFILE@@/(?<name>[^"'\s>]*)[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex PluginFileImage();

    [GeneratedRegex(@"</?(?:p|div|br|li|ul|ol|tr|td|th|h[1-6]|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex InlineTag();
}
