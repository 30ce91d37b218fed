using System.Globalization;
using System.Text;

namespace Training.Text;

/// <summary>
/// Vietnamese names as people compare them: search ignores case and marks (with đ as d, and the tone mark placed the old
/// way or the new way alike), and lists sort by given name (the last word), then family and middle names, in Vietnamese
/// letter order (a ă â b c d đ e ê …) with tones ranked ngang, huyền, hỏi, ngã, sắc, nặng.
/// </summary>
public static class VietnameseText
{
    private const string Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxy";

    // Latin letters up to U+024F and Vietnamese's precomposed letters (U+1E00–U+1EFF): a name written only with these,
    // single-spaced, is already clean, and each letter folds on its own. A roster import meets 100,000 such names, and
    // Unicode normalisation is the dearest step of the general path.
    private const char LastTabled = '\u1EFF';
    private static readonly char[] SearchFold = new char[LastTabled + 1];
    private static readonly (int Letter, int Tone)[] SortFold = new (int, int)[LastTabled + 1];

    static VietnameseText()
    {
        for (var c = '\0'; c <= LastTabled; c++)
        {
            if (c is >= '\u0250' and < '\u1E00' || char.IsWhiteSpace(c) || char.IsSurrogate(c) || !c.ToString().IsNormalized(NormalizationForm.FormC))
            {
                continue;
            }

            var search = SlowSearchKey(c.ToString());
            var letters = Letters(c.ToString().ToLowerInvariant()).ToList();
            if (search.Length == 1 && letters.Count == 1)
            {
                SearchFold[c] = search[0];
                SortFold[c] = letters[0];
            }
        }
    }

    /// <summary>Trimmed, inner white space folded to one space, composed (NFC).</summary>
    public static string Clean(string? text)
    {
        text ??= string.Empty;
        return IsTabledAndClean(text)
            ? text
            : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);
    }

    /// <summary>Lower case without marks, đ as d, single spaces: "Nguyễn Thị Hoà" → "nguyen thi hoa".</summary>
    public static string SearchKey(string? text)
    {
        text ??= string.Empty;
        return IsTabledAndClean(text) ? string.Create(text.Length, text, (key, name) =>
        {
            for (var i = 0; i < name.Length; i++)
            {
                key[i] = name[i] == ' ' ? ' ' : SearchFold[name[i]];
            }
        }) : SlowSearchKey(Clean(text));
    }

    private static string SlowSearchKey(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c is 'đ' or 'Đ' ? 'd' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A key of digits only (so that every database collation orders it the same): the letters of the given name, then of
    /// the family and middle names, each letter as two digits of its place in the alphabet; then the tones, for names
    /// that differ only in them.
    /// </summary>
    public static string SortKey(string? fullName)
    {
        fullName ??= string.Empty;
        var tabled = IsTabledAndClean(fullName);
        var clean = tabled ? fullName : Clean(fullName);
        var words = (tabled ? clean : clean.ToLowerInvariant()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return string.Empty;
        }

        IEnumerable<string> ordered = [words[^1], .. words[..^1]];
        var letters = new StringBuilder(clean.Length * 3);
        var tones = new StringBuilder(clean.Length + 4);
        foreach (var word in ordered)
        {
            foreach (var (letter, tone) in tabled ? word.Select(c => SortFold[c]) : Letters(word))
            {
                letters.Append(letter.ToString("D2", CultureInfo.InvariantCulture));
                if (tone > 0)
                {
                    tones.Append(tone);
                }
            }

            letters.Append("00");
            tones.Append('0');
        }

        return letters.Append('9').Append(tones).ToString();
    }

    private static bool IsTabledAndClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var misplacedSpace = c == ' ' && (i == 0 || i == text.Length - 1 || text[i - 1] == ' ');
            if (misplacedSpace || (c != ' ' && (c > LastTabled || SearchFold[c] == '\0')))
            {
                return false;
            }
        }

        return true;
    }

    private static IEnumerable<(int Letter, int Tone)> Letters(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        for (var i = 0; i < decomposed.Length; i++)
        {
            var baseChar = decomposed[i];
            var modifier = '\0';
            var tone = 0;
            while (i + 1 < decomposed.Length && CharUnicodeInfo.GetUnicodeCategory(decomposed[i + 1]) == UnicodeCategory.NonSpacingMark)
            {
                var mark = decomposed[++i];
                switch (mark)
                {
                    case '\u0306' or '\u0302' or '\u031B':
                        modifier = mark;
                        break;
                    case '\u0300': tone = 1; break; // huyền
                    case '\u0309': tone = 2; break; // hỏi
                    case '\u0303': tone = 3; break; // ngã
                    case '\u0301': tone = 4; break; // sắc
                    case '\u0323': tone = 5; break; // nặng
                }
            }

            var letter = modifier == '\0' ? baseChar.ToString() : (baseChar.ToString() + modifier).Normalize(NormalizationForm.FormC);
            var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);

            // Letters outside the Vietnamese alphabet (f, j, w, z, digits) sort after it, in their own order.
            yield return (index >= 0 ? index + 1 : 40 + Math.Min(letter[0] % 60, 59), tone);
        }
    }
}
