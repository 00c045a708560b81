"""The Discord edge: cogs and views that translate between Discord and bot.service. Nothing else imports discord."""
