using System.Text;
using Training.Text;
using Xunit;

namespace Training.Domain.Tests.Text;

public class VietnameseText_Tests
{
    [Theory]
    [InlineData("  Nguyễn   Thị\tHoà ", "Nguyễn Thị Hoà")]
    [InlineData("Nguye\u0302\u0303n", "Nguyễn")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Clean_trims_folds_spaces_and_composes(string? text, string expected) => Assert.Equal(expected, VietnameseText.Clean(text));

    [Theory]
    [InlineData("Nguyễn Thị Hoà", "nguyen thi hoa")]
    [InlineData("NGUYỄN  THỊ HÒA", "nguyen thi hoa")]
    [InlineData("Đàm Văn Đức", "dam van duc")]
    [InlineData("Nguye\u0302\u0303n Thi\u0323", "nguyen thi")]
    [InlineData("Hoàng 一", "hoang 一")]
    public void SearchKey_ignores_case_marks_and_spacing(string text, string expected) => Assert.Equal(expected, VietnameseText.SearchKey(text));

    [Fact]
    public void SortKey_orders_by_given_name_then_family_in_Vietnamese_letter_order()
    {
        string[] names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Ăn", "Đỗ Thị Anh", "Bế Văn Dũng", "Hà Thị Đào", "Nông Văn Ánh"];
        var sorted = names.OrderBy(VietnameseText.SortKey, StringComparer.Ordinal).ToList();
        Assert.Equal(["Nguyễn Thị An", "Đỗ Thị Anh", "Nông Văn Ánh", "Lê Ăn", "Trần Văn Bình", "Bế Văn Dũng", "Hà Thị Đào"], sorted);
    }

    [Fact]
    public void SortKey_ranks_tones_ngang_huyen_hoi_nga_sac_nang()
    {
        string[] names = ["Ma", "Mà", "Mả", "Mã", "Má", "Mạ"];
        Assert.Equal(names, names.Reverse().OrderBy(VietnameseText.SortKey, StringComparer.Ordinal));
    }

    /// <summary>
    /// Names written only with Latin letters up to U+024F and U+1E00–U+1EFF take a fast path; a letter outside them (here 一)
    /// forces the normalising one. Every such letter must fold the same way on both.
    /// </summary>
    [Fact]
    public void Fast_path_agrees_with_normalising_path()
    {
        const string outside = "一";
        var sortOutside = VietnameseText.SortKey(outside)[..2];
        var disagreements = new List<string>();
        for (var letter = '!'; letter <= '\u1EFF'; letter = letter == '\u024F' ? '\u1E00' : (char)(letter + 1))
        {
            var name = "a" + letter;
            if (char.IsWhiteSpace(letter) || char.IsSurrogate(letter))
            {
                continue;
            }

            if (VietnameseText.SearchKey(name) + outside != VietnameseText.SearchKey(name + outside)
                || VietnameseText.SortKey(name).Insert(4, sortOutside) != VietnameseText.SortKey(name + outside)
                || VietnameseText.Clean(name.Normalize(NormalizationForm.FormD)) != VietnameseText.Clean(name))
            {
                disagreements.Add($"U+{(int)letter:X4}");
            }
        }

        Assert.Empty(disagreements);
    }
}
