"""Load a board's agenda, look at it in pandas, and publish the public pack."""

import boardroom
from boardroom.governance import agenda_frame
from boardroom.report import board_pack

meeting = boardroom.load_meeting(boardroom.example_path())
print(meeting.board, meeting.date)

agenda = agenda_frame(meeting)
for_discussion = agenda[agenda["purpose"] == "Discuss"]
print(for_discussion[["number", "title", "leads"]].to_string(index=False))

try:
    meeting.item("12")
except boardroom.errors.NotFoundError as error:
    print("as expected:", error)

html = board_pack(public=True, out="public-pack.html")
print(f"public pack: {len(html):,} characters, Part II withheld")
