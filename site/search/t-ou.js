briefingSearch.terms("ou",{"out":[1,2]});
