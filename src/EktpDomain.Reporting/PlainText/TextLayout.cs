using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace EktpDomain.Reporting.PlainText;

/// <summary>A column of a text table: its heading, whether it is right-aligned, and whether it is repeated in every part of a split table.</summary>
internal readonly record struct TextColumn(string Heading, bool Right, bool Key = false);

/// <summary>
/// Lays text out within a width: a sentence wraps at spaces with a hanging indent, and a table wider than the width
/// is split into parts, each with the key columns (rank, code, name) and as many of the others, in order, as fit.
/// Without a width (null), nothing wraps and every table is one piece.
/// </summary>
internal sealed class TextLayout(TextWriter output, int? width)
{
    private const string Gap = "  ";

    /// <summary>Writes an empty line.</summary>
    public void WriteLine() => output.WriteLine();

    /// <summary>Writes a line, wrapped at spaces; lines after the first start with <paramref name="indent"/> spaces.</summary>
    public void WriteLine(string text, int indent = 0) => WriteWrapped(text, indent);

    /// <summary>Writes <paramref name="text"/>, wrapped at spaces; lines after the first start with <paramref name="indent"/> spaces.</summary>
    public void WriteWrapped(string text, int indent = 0)
    {
        if (width is not int limit || text.Length <= limit)
        {
            output.WriteLine(text);
            return;
        }

        // Words keep their own spaces before them, so the text's own indentation ("  → ") survives on the first line.
        var line = new StringBuilder();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf(' ', start + 1);
            string word = end < 0 ? text[start..] : text[start..end];
            string bare = word.TrimStart(' ');
            // A word goes to the next line when it does not fit on this one but does on a fresh one: a word longer
            // than the width stays where it is, whole, as moving it would only leave a gap.
            if (line.Length > indent && line.Length + word.Length > limit && bare.Length > 0 && indent + bare.Length <= limit)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear().Append(' ', indent).Append(bare);
            }
            else
            {
                line.Append(word);
            }

            start = end < 0 ? text.Length : end;
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    /// <summary>
    /// Writes a table: one piece when it fits; else headings longer than their values wrap onto a second line, and a
    /// table still too wide is split into parts separated by a blank line, every column in one of them.
    /// </summary>
    public void WriteTable(IReadOnlyList<TextColumn> columns, IReadOnlyList<string[]> rows)
    {
        var values = columns.Select((c, i) => rows.Count == 0 ? 0 : rows.Max(r => r[i].Length)).ToArray();
        var headings = columns.Select(c => new[] { c.Heading }).ToArray();
        var widths = columns.Select((c, i) => Math.Max(c.Heading.Length, values[i])).ToArray();
        var all = Enumerable.Range(0, columns.Count).ToList();
        if (width is int fit && Width(all, widths) > fit)
        {
            headings = [.. columns.Select((c, i) => TwoLines(c.Heading, values[i]))];
            widths = [.. headings.Select((h, i) => Math.Max(h.Max(l => l.Length), values[i]))];
        }

        var keys = all.Where(i => columns[i].Key).ToList();
        var parts = new List<List<int>>();
        var current = new List<int>(keys);
        for (int i = 0; i < columns.Count; i++)
        {
            if (columns[i].Key)
            {
                continue;
            }

            if (width is int limit && Width([.. current, i], widths) > limit && current.Count > keys.Count)
            {
                parts.Add(current);
                current = [.. keys];
            }

            current.Add(i);
        }

        parts.Add(current);
        int headingLines = headings.Max(h => h.Length);
        for (int p = 0; p < parts.Count; p++)
        {
            if (p > 0)
            {
                output.WriteLine();
            }

            var part = parts[p].Order().ToList();
            string Line(Func<int, string> cell) => string.Join(Gap, part.Select(i => columns[i].Right ? cell(i).PadLeft(widths[i]) : cell(i).PadRight(widths[i]))).TrimEnd();

            // A one-line heading stands on the last heading line, just above its values.
            for (int line = 0; line < headingLines; line++)
            {
                output.WriteLine(Line(i => line - (headingLines - headings[i].Length) is int own && own >= 0 ? headings[i][own] : string.Empty));
            }

            output.WriteLine(string.Join(Gap, part.Select(i => new string('-', widths[i]))));
            foreach (var row in rows)
            {
                output.WriteLine(Line(i => row[i]));
            }
        }
    }

    /// <summary>A heading longer than its values, split at the space that makes its longer line shortest; as it is otherwise.</summary>
    private static string[] TwoLines(string heading, int values)
    {
        string[] best = [heading];
        for (int space = heading.IndexOf(' ', StringComparison.Ordinal); space > 0; space = heading.IndexOf(' ', space + 1))
        {
            string[] split = [heading[..space], heading[(space + 1)..]];
            if (Math.Max(split[0].Length, split[1].Length) < best.Max(l => l.Length))
            {
                best = split;
            }
        }

        return heading.Length > values ? best : [heading];
    }

    private static int Width(List<int> columns, int[] widths) =>
        columns.Count == 0 ? 0 : columns.Sum(i => widths[i]) + (Gap.Length * (columns.Count - 1));
}
