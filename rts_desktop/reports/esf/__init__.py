"""ESF participant indicators of both programme periods, computed from the participant
sheets, the household, the ETHOS category at entry and the dated outcomes after leaving.

``mapping`` loads the versioned tables of ``resources/fse/``; ``classify`` gives one
participant's codes (a pure function); ``gather`` reads one row per participant in SQL;
``report`` counts them by gender.
"""
