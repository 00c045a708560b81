"""Plan records: rows and lines -> initiatives, owners, milestones, must-do coverage, plan areas, dates."""
