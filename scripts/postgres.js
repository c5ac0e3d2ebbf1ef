// PostgreSQL helpers for the test runner: is it there, and a scratch database per run.
const { Client } = require('pg');

const connect = async ({ host, port, user }, database = 'postgres') => {
  const client = new Client({ host, port, user, database, connectionTimeoutMillis: 3000 });
  await client.connect();
  return client;
};

const postgresAnswers = async (pg) => {
  try {
    const client = await connect(pg);
    await client.query('select 1');
    await client.end();
    return true;
  } catch {
    return false;
  }
};

const createScratchDatabase = async (pg) => {
  const name = `clinic_test_${process.pid}_${Date.now()}`;
  const client = await connect(pg);
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  return name;
};

const dropScratchDatabase = async (pg, name) => {
  const client = await connect(pg);
  try {
    await client.query(`drop database if exists ${name} with (force)`);
  } finally {
    await client.end();
  }
};

module.exports = { postgresAnswers, createScratchDatabase, dropScratchDatabase };
