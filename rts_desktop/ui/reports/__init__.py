"""The Report area: indicators for a period, the data still to complete, the exports."""
