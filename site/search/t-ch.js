briefingSearch.terms("ch",{"challenge":[0,2],"challenges":[0,2],"chiefs":[1,1],"china":[1,1]});
