"""Weekly milestone digests, their posting schedule, and calendar export."""
