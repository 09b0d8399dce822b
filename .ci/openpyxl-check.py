"""Opens every workbook given with openpyxl and pandas, as an analyst would, and checks what ektp promises:
a bold, frozen header row with an autofilter over the table, and typed cells. Warnings are errors."""
import sys
import warnings

import openpyxl
import pandas

warnings.simplefilter("error")
for path in sys.argv[1:]:
    book = openpyxl.load_workbook(path)
    first = book.worksheets[0]
    assert any(isinstance(c.value, (int, float)) for row in first.iter_rows(min_row=2) for c in row), f"{path}: no number cells"
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", f"{path}!{sheet.title}: frozen at {sheet.freeze_panes}"
        assert sheet.auto_filter.ref == sheet.dimensions, f"{path}!{sheet.title}: filter {sheet.auto_filter.ref}, table {sheet.dimensions}"
        assert all(c.font.b for c in sheet[1]), f"{path}!{sheet.title}: a heading is not bold"
    frames = pandas.read_excel(path, sheet_name=None)
    print(f"{path}: " + ", ".join(f"{name} {len(frame)}x{len(frame.columns)}" for name, frame in frames.items()))
