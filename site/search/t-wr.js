briefingSearch.terms("wr",{"written":[1,1]});
