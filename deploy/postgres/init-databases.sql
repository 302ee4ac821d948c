-- Runs once, when the compose PostgreSQL volume is first created: one database per service.
create database account;
create database hold;
create database notification;
create database gateway;
